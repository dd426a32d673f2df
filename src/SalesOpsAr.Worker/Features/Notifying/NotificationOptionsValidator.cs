using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The data annotations of <see cref="NotificationOptions"/>, checked by source-generated code.</summary>
[OptionsValidator]
internal sealed partial class NotificationOptionsValidator : IValidateOptions<NotificationOptions>;
