namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>A label that holds an AR (<c>Workflow:HoldLabels:N</c>): the label, why in words, and the label that releases it.</summary>
public sealed class HoldLabelOptions
{
    public string Label { get; set; } = "";

    /// <summary>Said in the note: "Moved to On Hold: {reason}". Empty: "the hold label … is set".</summary>
    public string Reason { get; set; } = "";

    /// <summary>A label whose presence releases the hold (an approval); empty: only removing the label does.</summary>
    public string ReleasedBy { get; set; } = "";
}
