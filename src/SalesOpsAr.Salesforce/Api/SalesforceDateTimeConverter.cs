using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOpsAr.Salesforce.Api;

/// <summary>
/// Salesforce's dateTime as its REST API writes it, <c>2026-11-30T09:00:00.000+0000</c> (an offset without a colon,
/// which System.Text.Json does not read), as well as ISO 8601's own forms.
/// </summary>
public sealed class SalesforceDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("a dateTime that is null");
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            text = text[..^2] + ":" + text[^2..];
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : throw new JsonException("a dateTime that is not one");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
    }
}
