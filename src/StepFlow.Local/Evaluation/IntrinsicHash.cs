using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.Evaluation;

/// <summary>States.Hash: lowercase hex digest of the UTF-8 text of the data.</summary>
internal static class IntrinsicHash
{
    public static string Compute(IntrinsicCall call, JsonNode? data, string algorithm)
    {
        var text = JsonNodes.IsString(data, out var s) ? s : JsonNodes.ToCompactJson(data);
        if (text.Length > 10000)
        {
            throw IntrinsicEvaluator.Failure(call, "The input data exceeds the maximum of 10000 characters.");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        byte[] digest = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw IntrinsicEvaluator.Failure(call, "The hash algorithm '" + algorithm + "' is not supported; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512."),
        };
        return Convert.ToHexString(digest).ToLowerInvariant();
    }
}
