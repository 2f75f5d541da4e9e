using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Aws.Tests;

/// <summary>A loopback stand-in for the service: records each request and answers from a script, in order.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public List<RecordedRequest> Requests { get; } = new();

    public ScriptedHandler Reply(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        _script.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.0") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedHandler Ok(string body) => Reply(HttpStatusCode.OK, body);

    public ScriptedHandler Error(HttpStatusCode status, string type, string message)
        => Reply(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}", ("x-amzn-RequestId", "req-123"));

    /// <summary>Never answers: the request only ends through cancellation.</summary>
    public ScriptedHandler Hang(TaskCompletionSource started)
    {
        _script.Enqueue(async (_, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await RecordedRequest.From(request);
        lock (Requests)
        {
            Requests.Add(recorded);
        }

        if (!_script.TryDequeue(out var next))
        {
            throw new InvalidOperationException("Unexpected request " + recorded.Target);
        }

        return await next(recorded, cancellationToken);
    }
}
