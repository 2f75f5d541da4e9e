using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace StepFlow.Aws.Signing;

/// <summary>
/// AWS Signature Version 4 for one HTTP request. The canonical request is built here (AWSSDK.Core's signer wants
/// its own request type); deriving the signing key and signing the string is AWSSDK.Core's
/// <see cref="AWS4Signer.ComputeSignature(ImmutableCredentials, string, DateTime, string, string, string)"/>.
/// </summary>
internal static class SigV4Signer
{
    public const string DateHeader = "X-Amz-Date";
    public const string SecurityTokenHeader = "X-Amz-Security-Token";

    /// <summary>Adds X-Amz-Date, the session token when there is one, and Authorization to <paramref name="request"/>.</summary>
    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials credentials, string region, string service, DateTimeOffset now)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI", nameof(request));
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Remove(DateHeader);
        request.Headers.TryAddWithoutValidation(DateHeader, amzDate);
        if (credentials.UseToken)
        {
            request.Headers.Remove(SecurityTokenHeader);
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.Token);
        }

        var headers = new List<KeyValuePair<string, string>> { new("host", HostHeader(uri)) };
        foreach (var header in request.Headers)
        {
            headers.Add(new(header.Key, string.Join(",", header.Value)));
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    headers.Add(new(header.Key, string.Join(",", header.Value)));
                }
            }
        }

        var canonical = CanonicalRequest(request.Method.Method, uri, headers, HexSha256(body), out var signedHeaders);
        var authorization = Authorization(credentials, region, service, now.UtcDateTime, signedHeaders, canonical);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
    }

    /// <summary>The Authorization header value for a canonical request.</summary>
    public static string Authorization(ImmutableCredentials credentials, string region, string service, DateTime signedAtUtc, string signedHeaders, string canonicalRequest)
        => AWS4Signer.ComputeSignature(credentials, region, signedAtUtc, service, signedHeaders, canonicalRequest).ForAuthorizationHeader;

    /// <summary>The SigV4 canonical request: method, encoded path, sorted query, sorted lower-cased headers, payload hash.</summary>
    public static string CanonicalRequest(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> headers, string payloadHash, out string signedHeaders)
    {
        var sorted = headers
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, string>(g.Key, string.Join(",", g.Select(h => CollapseSpaces(h.Value)))))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        signedHeaders = string.Join(";", sorted.Select(h => h.Key));

        var builder = new StringBuilder();
        builder.Append(method).Append('\n');
        builder.Append(CanonicalPath(uri.AbsolutePath)).Append('\n');
        builder.Append(CanonicalQuery(uri.Query)).Append('\n');
        foreach (var header in sorted)
        {
            builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }

        builder.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return builder.ToString();
    }

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant();

    /// <summary>The host as the client sends it: the port only when it is not the scheme's default.</summary>
    public static string HostHeader(Uri uri) => uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

    private static string CanonicalPath(string absolutePath)
    {
        var path = Uri.UnescapeDataString(absolutePath.Length == 0 ? "/" : absolutePath);
        return string.Join("/", path.Split('/').Select(Encode));
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        return string.Join(
            "&",
            query.Substring(1)
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair =>
                {
                    var equals = pair.IndexOf('=');
                    var name = equals < 0 ? pair : pair.Substring(0, equals);
                    var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
                    return (Name: Encode(Uri.UnescapeDataString(name)), Value: Encode(Uri.UnescapeDataString(value)));
                })
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>RFC 3986 encoding of everything but the unreserved characters, upper-case hex, as SigV4 requires.</summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value.Trim())
        {
            if (c == ' ')
            {
                if (!previousSpace)
                {
                    builder.Append(c);
                }

                previousSpace = true;
            }
            else
            {
                builder.Append(c);
                previousSpace = false;
            }
        }

        return builder.ToString();
    }
}
