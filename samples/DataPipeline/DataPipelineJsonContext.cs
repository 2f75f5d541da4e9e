using System.Text.Json.Serialization;

namespace DataPipeline;

/// <summary>
/// Source-generated JSON metadata for the workflow's payloads: named on [StateMachine], it lets the typed client
/// and the local dispatch serialize without reflection, so the sample publishes with Native AOT.
/// </summary>
[JsonSerializable(typeof(IngestRequest))]
[JsonSerializable(typeof(RawBatch))]
[JsonSerializable(typeof(CleanBatch))]
internal sealed partial class DataPipelineJsonContext : JsonSerializerContext
{
}
