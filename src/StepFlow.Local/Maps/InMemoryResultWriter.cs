using System;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Json;

namespace StepFlow.Local.Maps;

/// <summary>Keeps Map results in memory, keyed like AWS's ResultWriter manifest:
/// <c>&lt;Prefix&gt;/&lt;map run id&gt;/manifest.json</c> in the requested Bucket.</summary>
public sealed class InMemoryResultWriter : IResultWriter
{
    private readonly ConcurrentDictionary<(string Bucket, string Key), JsonArray> _written = new();

    /// <summary>Results written so far, by bucket and manifest key.</summary>
    public bool TryGetResults(string bucket, string key, out JsonArray results) => _written.TryGetValue((bucket, key), out results!);

    public ValueTask<JsonNode?> WriteResultsAsync(ResultWriterRequest request, CancellationToken cancellation)
    {
        var bucket = JsonNodes.IsString(request.Parameters?["Bucket"], out var b) ? b : string.Empty;
        var prefix = JsonNodes.IsString(request.Parameters?["Prefix"], out var p) ? p.TrimEnd('/') : string.Empty;
        var runId = request.MapRunArn.Substring(request.MapRunArn.LastIndexOf(':') + 1);
        var key = (prefix.Length > 0 ? prefix + "/" : string.Empty) + runId + "/manifest.json";
        _written[(bucket, key)] = (JsonArray)request.Results.DeepClone();
        return new ValueTask<JsonNode?>(new JsonObject { ["Bucket"] = bucket, ["Key"] = key });
    }
}
