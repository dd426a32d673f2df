using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>The data annotations of <see cref="ReceiverOptions"/>, checked by source-generated code.</summary>
[OptionsValidator]
internal sealed partial class ReceiverOptionsValidator : IValidateOptions<ReceiverOptions>;
