using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>
/// Functions AWS Step Functions adds to JSONata: $partition, $range, $hash, $random (optionally seeded),
/// $uuid and $parse. ($eval is deliberately absent, as in Step Functions.)
/// </summary>
internal static class StepFunctionsFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("partition", "<an:a>", (_, a, _) => Partition(a[0] as JList, StringFunctions.Num(a, 1)));
        library.Add("range", "<nnn?:a>", (_, a, _) => Range(StringFunctions.Num(a, 0), StringFunctions.Num(a, 1), StringFunctions.Arg(a, 2) as double? ?? 1));
        library.Add("hash", "<s-s?:s>", (_, a, _) => a[0] is string s ? Hash(s, StringFunctions.Arg(a, 1) as string ?? "SHA-256") : null);
        library.Add("random", "<n?:n>", (_, a, _) =>
            StringFunctions.Arg(a, 0) is double seed ? new Random(unchecked((int)(long)seed)).NextDouble() : Random.Shared.NextDouble());
        library.Add("uuid", "<:s>", (_, _, _) => Guid.NewGuid().ToString());
        library.Add("parse", "<s-:x>", (_, a, _) => a[0] is string s ? Parse(s) : null);
    }

    private static object Partition(JList? list, double size)
    {
        if (double.IsNaN(size) || size < 1 || Math.Floor(size) != size)
        {
            throw JsonataErrors.Create("D3150", value: JsNumber.ToString(size));
        }
        var result = new JList();
        if (list is null) return result;
        int chunk = (int)Math.Min(size, int.MaxValue);
        for (int start = 0; start < list.Count; start += chunk)
        {
            result.Add(new JList(list.GetRange(start, Math.Min(chunk, list.Count - start))));
        }
        return result;
    }

    private static object Range(double start, double end, double step)
    {
        if (step == 0 || double.IsNaN(step)) throw JsonataErrors.Create("D3151");
        var result = JList.NewSequence();
        const int Limit = 10_000_000;
        if (step > 0)
        {
            for (double v = start; v <= end && result.Count < Limit; v += step) result.Add(v);
        }
        else
        {
            for (double v = start; v >= end && result.Count < Limit; v += step) result.Add(v);
        }
        return result;
    }

    private static string Hash(string text, string algorithm)
    {
        byte[] data = Encoding.UTF8.GetBytes(text);
        byte[] digest = algorithm switch
        {
            "MD5" => MD5.HashData(data),
            "SHA-1" => SHA1.HashData(data),
            "SHA-256" => SHA256.HashData(data),
            "SHA-384" => SHA384.HashData(data),
            "SHA-512" => SHA512.HashData(data),
            _ => throw JsonataErrors.Create("D3152", value: algorithm),
        };
        return Convert.ToHexString(digest).ToLowerInvariant();
    }

    private static object Parse(string json)
    {
        try
        {
            return JsonConversion.FromNode(JsonNode.Parse(json));
        }
        catch (JsonException e)
        {
            throw JsonataErrors.Create("D3153", value: e.Message);
        }
    }
}
