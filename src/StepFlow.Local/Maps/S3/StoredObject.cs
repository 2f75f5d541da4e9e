using System;

namespace StepFlow.Local.Maps.S3;

/// <summary>One S3 object: its key, content and the metadata ListObjectsV2 reports.</summary>
/// <param name="Key">The object key.</param>
/// <param name="Body">The object's bytes.</param>
/// <param name="ETag">The entity tag as S3 returns it, quotes included (e.g. <c>"\"5d41…\""</c>).</param>
/// <param name="LastModified">When the object was written.</param>
/// <param name="StorageClass">e.g. <c>STANDARD</c>.</param>
public sealed record StoredObject(string Key, ReadOnlyMemory<byte> Body, string ETag, DateTimeOffset LastModified, string StorageClass = "STANDARD")
{
    public long Size => Body.Length;
}
