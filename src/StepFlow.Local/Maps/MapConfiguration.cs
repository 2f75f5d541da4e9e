using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Evaluation;
using StepFlow.Paths;

namespace StepFlow.Local.Maps;

/// <summary>A numeric Map setting written as a literal, a reference path or a JSONata expression.</summary>
internal sealed record MapNumber(double? Literal, JsonPath? Path, JsonataTemplate? Expression, string PathField);

/// <summary>Compiled <c>ItemReader</c>.</summary>
internal sealed record MapItemReader(string Resource, PayloadTemplate? Parameters, JsonataTemplate? Arguments, JsonObject? ReaderConfig, MapNumber? MaxItems);

/// <summary>Compiled <c>ItemBatcher</c>.</summary>
internal sealed record MapItemBatcher(MapNumber? MaxItemsPerBatch, MapNumber? MaxInputBytesPerBatch, PayloadTemplate? BatchInput, JsonataTemplate? BatchInputExpression);

/// <summary>Compiled <c>ResultWriter</c>.</summary>
internal sealed record MapResultWriter(string Resource, PayloadTemplate? Parameters, JsonataTemplate? Arguments);
