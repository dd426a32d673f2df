namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>A configured absence (<c>Sweep:Absences:N</c>): username, first and last day out.</summary>
public sealed class AbsenceOptions
{
    public string Username { get; set; } = "";
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
}
