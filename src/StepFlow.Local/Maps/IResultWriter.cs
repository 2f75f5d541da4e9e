using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Local.Maps;

/// <summary>Receives a Map's results when it has a <c>ResultWriter</c>.</summary>
public interface IResultWriter
{
    /// <summary>Stores the results and returns the <c>ResultWriterDetails</c> object (e.g. <c>{"Bucket","Key"}</c>).</summary>
    ValueTask<JsonNode?> WriteResultsAsync(ResultWriterRequest request, CancellationToken cancellation);
}

/// <summary>An evaluated <c>ResultWriter</c> with the results to write.</summary>
/// <param name="StateName">The Map state.</param>
/// <param name="Resource">e.g. <c>arn:aws:states:::s3:putObject</c>.</param>
/// <param name="Parameters">The evaluated Parameters/Arguments (Bucket, Prefix).</param>
/// <param name="MapRunArn">The Map Run's ARN.</param>
/// <param name="Results">One entry per item, in order: the iteration output, or the Error Output of a tolerated failure.</param>
public sealed record ResultWriterRequest(string StateName, string Resource, JsonNode? Parameters, string MapRunArn, JsonArray Results);
