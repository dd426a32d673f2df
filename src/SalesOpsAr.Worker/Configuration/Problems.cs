using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Collects configuration problems, each naming its key the way a person sets it.</summary>
internal sealed class Problems
{
    private readonly List<string> _items = [];

    public void Add(string key, string problem) =>
        _items.Add($"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}): {problem}");

    public ValidateOptionsResult Result() =>
        _items.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_items);

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsUsername(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
}
