using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>The data annotations of <see cref="TransportOptions"/>, checked by source-generated code.</summary>
[OptionsValidator]
internal sealed partial class TransportOptionsValidator : IValidateOptions<TransportOptions>;
