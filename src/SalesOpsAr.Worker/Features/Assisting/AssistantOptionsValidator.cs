using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>The data annotations of <see cref="AssistantOptions"/>, checked by source-generated code.</summary>
[OptionsValidator]
internal sealed partial class AssistantOptionsValidator : IValidateOptions<AssistantOptions>;
