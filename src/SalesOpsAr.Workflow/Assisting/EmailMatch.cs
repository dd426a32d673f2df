namespace SalesOpsAr.Workflow.Assisting;

/// <summary>An address found in a text, and the characters of the text it was read from (<see cref="Start"/> to <see cref="End"/>).</summary>
public readonly record struct EmailMatch(string Address, int Start, int End);
