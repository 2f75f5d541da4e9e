using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace StepFlow.Aws.Tests;

/// <summary>What the transport sent, captured before the response.</summary>
internal sealed class RecordedRequest
{
    private RecordedRequest(HttpMethod method, Uri uri, Dictionary<string, string> headers, byte[] body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    /// <summary>Request and content headers, names as sent.</summary>
    public Dictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string? Target => Headers.TryGetValue("X-Amz-Target", out var target) ? target : null;

    public static async Task<RecordedRequest> From(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync();
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.Where(h => h.Key != "Content-Length"))
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        return new RecordedRequest(request.Method, request.RequestUri!, headers, body);
    }
}
