using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Local.Maps.S3;

/// <summary>Buckets and objects kept in memory. Fill it with <see cref="Put(string,string,string)"/> before
/// starting executions whose Map states read S3.</summary>
public sealed class InMemoryObjectStore : IObjectStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, StoredObject>> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <param name="clock">Stamps LastModified; defaults to the system clock.</param>
    public InMemoryObjectStore(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <summary>Creates an empty bucket (Put creates buckets as needed).</summary>
    public void CreateBucket(string bucket) => Bucket(bucket);

    /// <summary>Stores UTF-8 text under a key, replacing any previous object.</summary>
    public StoredObject Put(string bucket, string key, string body) => Put(bucket, key, Encoding.UTF8.GetBytes(body));

    /// <summary>Stores bytes under a key, replacing any previous object. The ETag is the MD5 of the content, as S3
    /// computes it for single-part uploads.</summary>
    public StoredObject Put(string bucket, string key, byte[] body)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(body);
        var etag = "\"" + Convert.ToHexString(MD5.HashData(body)).ToLowerInvariant() + "\"";
        var stored = new StoredObject(key, body.ToArray(), etag, _clock.GetUtcNow());
        Bucket(bucket)[key] = stored;
        return stored;
    }

    public ValueTask<StoredObject?> GetObjectAsync(string bucket, string key, string? versionId, CancellationToken cancellation) =>
        new(_buckets.TryGetValue(bucket, out var objects) && objects.TryGetValue(key, out var found) ? found : null);

    public ValueTask<IReadOnlyList<StoredObject>?> ListObjectsAsync(string bucket, string? prefix, CancellationToken cancellation)
    {
        if (!_buckets.TryGetValue(bucket, out var objects))
        {
            return new ValueTask<IReadOnlyList<StoredObject>?>((IReadOnlyList<StoredObject>?)null);
        }

        // S3 lists keys in UTF-8 binary order; ordinal string order matches it for keys without surrogate pairs.
        IReadOnlyList<StoredObject> listed = objects.Values
            .Where(o => prefix is null || o.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(o => o.Key, StringComparer.Ordinal)
            .ToList();
        return new ValueTask<IReadOnlyList<StoredObject>?>(listed);
    }

    private ConcurrentDictionary<string, StoredObject> Bucket(string bucket) =>
        _buckets.GetOrAdd(bucket, _ => new ConcurrentDictionary<string, StoredObject>(StringComparer.Ordinal));
}
