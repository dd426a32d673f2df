namespace SalesOpsAr.Worker.Contracts;

/// <summary>The Salesforce seats the sweep last read; null when the connector is off (the status page then shows no panel).</summary>
public interface ILicenceBoard
{
    LicenceSeats? Latest { get; }
}
