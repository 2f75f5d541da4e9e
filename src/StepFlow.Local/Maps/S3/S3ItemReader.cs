using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Json;

namespace StepFlow.Local.Maps.S3;

/// <summary>The ItemReader AWS offers for S3, over an <see cref="IObjectStore"/>:
/// <c>arn:aws:states:::s3:getObject</c> decodes one object (ReaderConfig InputType CSV, JSON or JSONL; MANIFEST
/// reads an S3 Inventory-style manifest) and <c>arn:aws:states:::s3:listObjectsV2</c> yields one item per object.
/// Register it with <c>LocalEngineOptions.ItemReader = new S3ItemReader(store)</c>.</summary>
public sealed class S3ItemReader(IObjectStore store) : IItemReader
{
    private const string GetObject = "arn:aws:states:::s3:getObject";
    private const string ListObjectsV2 = "arn:aws:states:::s3:listObjectsV2";

    private readonly IObjectStore _store = store ?? throw new ArgumentNullException(nameof(store));

    public async ValueTask<JsonArray> ReadItemsAsync(ItemReaderRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bucket = Required(request, "Bucket");
        switch (request.Resource)
        {
            case GetObject:
                var settings = ReaderSettings.From(request.ReaderConfig);
                var key = Required(request, "Key");
                var text = await ReadTextAsync(bucket, key, Optional(request, "VersionId"), cancellation).ConfigureAwait(false);
                return settings.InputType switch
                {
                    "CSV" => CsvItemDecoder.Decode(text, settings),
                    "JSON" => JsonItemDecoder.DecodeJson(text, key),
                    "JSONL" => JsonItemDecoder.DecodeJsonLines(text, key),
                    "MANIFEST" => await ManifestItemsAsync(bucket, key, text, cancellation).ConfigureAwait(false),
                    _ => throw ItemReaderErrors.Failed("ReaderConfig.InputType '" + settings.InputType + "' is not supported by the local engine (CSV, JSON, JSONL, MANIFEST)."),
                };
            case ListObjectsV2:
                return await ListAsync(bucket, Optional(request, "Prefix"), cancellation).ConfigureAwait(false);
            default:
                throw ItemReaderErrors.Failed("The ItemReader resource '" + request.Resource + "' of Map state '" + request.StateName + "' is not supported; use " + GetObject + " or " + ListObjectsV2 + ".");
        }
    }

    private async ValueTask<string> ReadTextAsync(string bucket, string key, string? versionId, CancellationToken cancellation, bool gzipAllowed = false)
    {
        var stored = await _store.GetObjectAsync(bucket, key, versionId, cancellation).ConfigureAwait(false)
                     ?? throw ItemReaderErrors.Failed("The specified key does not exist. (S3 object '" + key + "' in bucket '" + bucket + "')");
        var body = stored.Body;
        if (gzipAllowed && body.Length > 2 && body.Span[0] == 0x1f && body.Span[1] == 0x8b)
        {
            using var unzipped = new MemoryStream();
            using (var gzip = new GZipStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress))
            {
                await gzip.CopyToAsync(unzipped, cancellation).ConfigureAwait(false);
            }

            body = unzipped.ToArray();
        }

        return Encoding.UTF8.GetString(body.Span);
    }

    private async ValueTask<JsonArray> ListAsync(string bucket, string? prefix, CancellationToken cancellation)
    {
        var listed = await _store.ListObjectsAsync(bucket, prefix, cancellation).ConfigureAwait(false)
                     ?? throw ItemReaderErrors.Failed("The specified bucket does not exist. (bucket '" + bucket + "')");
        var items = new JsonArray();
        foreach (var stored in listed)
        {
            // The shape AWS passes to each child: ListObjectsV2's Contents entry with Step Functions' casing.
            items.Add((JsonNode)new JsonObject
            {
                ["Etag"] = stored.ETag,
                ["Key"] = stored.Key,
                ["LastModified"] = stored.LastModified.ToUnixTimeSeconds(),
                ["Size"] = stored.Size,
                ["StorageClass"] = stored.StorageClass,
            });
        }

        return items;
    }

    /// <summary>An S3 Inventory manifest lists data files (<c>files[].key</c>, CSV, optionally gzip-compressed) in
    /// <c>destinationBucket</c>; their columns are named by <c>fileSchema</c> (default "Bucket, Key"), which keys each item.</summary>
    private async ValueTask<JsonArray> ManifestItemsAsync(string bucket, string key, string text, CancellationToken cancellation)
    {
        if (JsonItemDecoder.DecodeJsonObject(text, key) is not { } manifest || manifest["files"] is not JsonArray files)
        {
            throw ItemReaderErrors.Failed("The manifest '" + key + "' has no 'files' array.");
        }

        var dataBucket = JsonNodes.IsString(manifest["destinationBucket"], out var destination) ? ArnBucket(destination) : bucket;
        var items = new JsonArray();
        var schema = JsonNodes.IsString(manifest["fileSchema"], out var names) ? names : "Bucket, Key";
        var columns = new ReaderSettings("CSV", false, Array.ConvertAll(schema.Split(','), c => c.Trim()), ',');
        foreach (var file in files)
        {
            if (!JsonNodes.IsString(file?["key"], out var fileKey))
            {
                throw ItemReaderErrors.Failed("An entry of 'files' in the manifest '" + key + "' has no 'key'.");
            }

            var csv = await ReadTextAsync(dataBucket, fileKey, null, cancellation, gzipAllowed: true).ConfigureAwait(false);
            foreach (var item in CsvItemDecoder.Decode(csv, columns))
            {
                items.Add(JsonNodes.Detach(item));
            }
        }

        return items;
    }

    private static string ArnBucket(string destination) =>
        destination.StartsWith("arn:", StringComparison.Ordinal) ? destination.Substring(destination.LastIndexOf(':') + 1) : destination;

    private static string Required(ItemReaderRequest request, string field) =>
        Optional(request, field) ?? throw ItemReaderErrors.Failed("The ItemReader of Map state '" + request.StateName + "' needs a string '" + field + "' in its Parameters/Arguments.");

    private static string? Optional(ItemReaderRequest request, string field) =>
        JsonNodes.IsString(request.Parameters?[field], out var value) ? value : null;
}
