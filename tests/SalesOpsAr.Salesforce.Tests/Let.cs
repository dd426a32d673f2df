namespace SalesOpsAr.Salesforce.Tests;

internal static class LetExtensions
{
    /// <summary>Applies a function to a value inline, for a tuple of its fields in one assertion.</summary>
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> function) => function(value);
}
