namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// A misspelling of a state label and the canonical label it stands for. A list of objects, not a
/// dictionary: configuration keys cannot hold the <c>::</c> every state label has.
/// </summary>
public sealed class LabelAliasOptions
{
    public string Alias { get; set; } = "";

    public string Label { get; set; } = "";
}
