namespace SalesOpsAr.Workflow.Licences;

/// <summary>Seats of one licence an AR needs: one per person who has no Salesforce user yet.</summary>
public sealed record SeatNeed(string Licence, int Seats);
