using System.Collections.Generic;

namespace DataPipeline;

/// <summary>The execution input: which batch of which source to ingest.</summary>
public sealed record IngestRequest(string Source, string BatchId);

/// <summary>Records as they arrived.</summary>
public sealed record RawBatch(string BatchId, IReadOnlyList<string> Lines);

/// <summary>Records after validation and normalisation.</summary>
public sealed record CleanBatch(string BatchId, IReadOnlyList<Reading> Readings, int Rejected);

/// <summary>One parsed record.</summary>
public sealed record Reading(string Sensor, double Value);
