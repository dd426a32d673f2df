using System.Buffers;

namespace SalesOpsAr.Worker.Platform.Http;

/// <summary>
/// Reads a request body into memory once, stopping as soon as it passes the limit. A body that declares its length
/// (as GitLab's do) is read straight into one array of that size; one that does not grows a buffer and is handed on
/// as it stands, never copied again. The payload reader then parses it in place.
/// </summary>
internal static class BodyReader
{
    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            var body = GC.AllocateUninitializedArray<byte>((int)length);
            var filled = 0;
            while (filled < body.Length)
            {
                var read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            return body.AsMemory(0, filled);
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var memory = buffer.GetMemory(8 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
