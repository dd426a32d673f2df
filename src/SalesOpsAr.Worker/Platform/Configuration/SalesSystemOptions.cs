namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>One configured sales system and the words that name it.</summary>
public sealed class SalesSystemOptions
{
    public string Name { get; set; } = "";

    public IList<string> Keywords { get; } = [];
}
