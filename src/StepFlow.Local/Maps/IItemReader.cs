using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Local.Maps;

/// <summary>Supplies a Map's items from its <c>ItemReader</c> (S3 in AWS; anything locally).</summary>
public interface IItemReader
{
    /// <summary>Reads the items. Throw <see cref="Errors.TaskFailedException"/> to fail with an exact error
    /// (any other exception becomes States.ItemReaderFailed).</summary>
    ValueTask<JsonArray> ReadItemsAsync(ItemReaderRequest request, CancellationToken cancellation);
}

/// <summary>An evaluated <c>ItemReader</c>.</summary>
/// <param name="StateName">The Map state.</param>
/// <param name="Resource">e.g. <c>arn:aws:states:::s3:getObject</c>.</param>
/// <param name="Parameters">The evaluated Parameters/Arguments (Bucket, Key, Prefix…).</param>
/// <param name="ReaderConfig">The ReaderConfig object as written (InputType, CSVHeaderLocation…), or null.</param>
public sealed record ItemReaderRequest(string StateName, string Resource, JsonNode? Parameters, JsonObject? ReaderConfig);
