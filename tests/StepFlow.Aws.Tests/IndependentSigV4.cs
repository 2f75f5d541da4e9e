using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace StepFlow.Aws.Tests;

/// <summary>
/// A second, minimal SigV4 computation written from the specification for POST / requests, to check the signatures
/// the transport puts on the wire without trusting the code under test.
/// </summary>
internal static class IndependentSigV4
{
    public static string ExpectedAuthorization(RecordedRequest request, string region, string service, string secretKey, string accessKey)
    {
        var amzDate = request.Headers["X-Amz-Date"];
        var date = amzDate.Substring(0, 8);
        var signedNames = new[] { "content-type", "host", "x-amz-date", "x-amz-security-token", "x-amz-target" }
            .Where(name => name == "host" || request.Headers.ContainsKey(name))
            .ToArray();
        var canonicalHeaders = string.Concat(signedNames.Select(name => name + ":" + (name == "host" ? request.Uri.Authority : request.Headers[name].Trim()) + "\n"));
        var signedHeaders = string.Join(";", signedNames);
        var canonical = "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + Hex(SHA256.HashData(request.Body));
        var scope = date + "/" + region + "/" + service + "/aws4_request";
        var stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date), region), service), "aws4_request");
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature=" + Hex(Hmac(key, stringToSign));
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
