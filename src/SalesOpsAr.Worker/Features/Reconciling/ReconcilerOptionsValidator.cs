using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>The data annotations of <see cref="ReconcilerOptions"/>, checked by source-generated code.</summary>
[OptionsValidator]
internal sealed partial class ReconcilerOptionsValidator : IValidateOptions<ReconcilerOptions>;
