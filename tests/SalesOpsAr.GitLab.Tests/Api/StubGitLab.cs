using System.Net;
using System.Text;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>GitLab's HTTP answers scripted per request, and every request kept with the fake time it arrived.</summary>
internal sealed class StubGitLab(TimeProvider clock) : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<(HttpMethod Method, string Path, DateTimeOffset At, HttpRequestMessage Request, string? Body)> Requests { get; } = [];

    /// <summary>What is answered once the script is used up.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage> Otherwise { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public StubGitLab Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public StubGitLab Then(HttpStatusCode status, string body = "{}", params (string Name, string Value)[] headers) =>
        Then(_ => Json(status, body, headers));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request.Method, request.RequestUri!.PathAndQuery, clock.GetUtcNow(), request, body));
            var answer = _script.Count > 0 ? _script.Dequeue() : Otherwise;
            var response = answer(request);
            response.RequestMessage = request;
            return response;
        }
    }
}
