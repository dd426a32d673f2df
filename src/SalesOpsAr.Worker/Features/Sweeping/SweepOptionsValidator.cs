using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The data annotations of <see cref="SweepOptions"/> (thresholds, digest), checked by source-generated code.</summary>
[OptionsValidator]
internal sealed partial class SweepOptionsValidator : IValidateOptions<SweepOptions>;
