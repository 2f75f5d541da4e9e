using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;

namespace StepFlow.Aws.Protocol;

/// <summary>Reads an AWS JSON error: <c>{"__type": "[namespace#]Code[:extra]", "message": "…"}</c>, or the x-amzn-ErrorType header.</summary>
internal static class AwsErrorReader
{
    public readonly record struct AwsError(string Code, string Message, string? RequestId);

    public static AwsError Read(byte[] payload, HttpResponseMessage response)
    {
        string? type = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    if (property.NameEquals("__type") || property.NameEquals("code"))
                    {
                        type ??= property.Value.GetString();
                    }
                    else if (property.Name.Equals("message", StringComparison.OrdinalIgnoreCase))
                    {
                        message = property.Value.GetString();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Proxies and load balancers answer with HTML or nothing; the status code still says what happened.
        }

        type ??= Header(response, "x-amzn-ErrorType");
        var code = Code(type) ?? (int)response.StatusCode switch
        {
            429 => "ThrottlingException",
            >= 500 => "ServiceUnavailable",
            _ => "HttpError",
        };
        return new AwsError(code, message ?? "HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase, Header(response, "x-amzn-RequestId"));
    }

    /// <summary>Strips the namespace (up to <c>#</c>) and anything after <c>:</c>, as the protocol specifies.</summary>
    public static string? Code(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        var code = type!;
        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code.Substring(hash + 1);
        }

        var colon = code.IndexOf(':');
        return colon >= 0 ? code.Substring(0, colon) : code;
    }

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
