using Microsoft.Extensions.Options;

namespace SalesOpsAr.GitLab;

/// <summary>The data annotations of <see cref="GitLabOptions"/>, checked by source-generated code.</summary>
[OptionsValidator]
public sealed partial class GitLabOptionsValidator : IValidateOptions<GitLabOptions>;
