using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Local.Maps.S3;

/// <summary>The S3 objects a Map's <c>ItemReader</c> reads (<see cref="S3ItemReader"/>). Implement it over real S3,
/// a folder or anything else; <see cref="InMemoryObjectStore"/> is the ready-made one for tests.</summary>
public interface IObjectStore
{
    /// <summary>The object, or null when the bucket or key does not exist.</summary>
    ValueTask<StoredObject?> GetObjectAsync(string bucket, string key, string? versionId, CancellationToken cancellation);

    /// <summary>The objects of a bucket whose keys start with <paramref name="prefix"/>, in key order (as
    /// ListObjectsV2 returns them), or null when the bucket does not exist.</summary>
    ValueTask<IReadOnlyList<StoredObject>?> ListObjectsAsync(string bucket, string? prefix, CancellationToken cancellation);
}
