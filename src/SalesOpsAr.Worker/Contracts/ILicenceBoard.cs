namespace SalesOpsAr.Worker.Contracts;

/// <summary>The Salesforce seats the sweep last read; null when the connector is off (the status page then shows no panel).</summary>
public interface ILicenceBoard
{
    LicenceSeats? Latest { get; }

    /// <summary>The Salesforce connector is configured: the sweep then tells the ARs on the SFDC-licence hold.</summary>
    bool Connected { get; }
}
