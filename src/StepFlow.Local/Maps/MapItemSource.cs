using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.States;
using StepFlow.Local.Tasks;

namespace StepFlow.Local.Maps;

/// <summary>Where a Map's items come from and what each child run receives (asl-reference §3.7).</summary>
internal static class MapItemSource
{
    public static async ValueTask<JsonArray> ReadAsync(MapState map, StateVisit visit, JsonNode? effective)
    {
        if (map.ItemReader is { } reader)
        {
            return await ReadFromReaderAsync(map, reader, visit, effective);
        }

        JsonNode? items;
        if (map.ItemsExpression is not null)
        {
            items = map.ItemsExpression.Evaluate(visit, visit.JsonataBindings());
        }
        else if (map.IsJsonata)
        {
            items = visit.RawInput;
        }
        else if (map.ItemsPath is { } path)
        {
            if (!JsonPathEvaluator.TryEvaluate(path, visit.PathScope(effective), out items))
            {
                throw StatesErrorException.Runtime("Invalid path '" + path.Text + "' : No results for path: " + JsonPathEvaluator.ToBracketNotation(path));
            }
        }
        else
        {
            items = effective;
        }

        if (items is JsonArray array)
        {
            return array;
        }

        if (map.ItemsExpression is { } expression)
        {
            throw JsonataTemplate.EvaluationFailed(
                visit,
                "The JSONata expression '" + expression.Expression + "' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '"
                + JsonataTypeName(items) + "' for value: " + JsonNodes.ToCompactJson(items),
                "Items");
        }

        if (map.IsJsonata)
        {
            throw JsonataTemplate.EvaluationFailed(visit, "Map state input must be an array but was: " + JsonNodes.ToCompactJson(items), "Items");
        }

        throw StatesErrorException.Runtime("Reference path \"" + (map.ItemsPath?.Text ?? "$") + "\" must point to array.");
    }

    private static string JsonataTypeName(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => "number",
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
            _ => "null",
        },
    };

    /// <summary>Reads a distributed Map's ItemReader once its Map Run has started: a failure ends the Map Run
    /// (MapRunFailed with the reader's error and cause) before it fails the state.</summary>
    public static async ValueTask<JsonArray> ReadInMapRunAsync(MapState map, StateVisit visit, JsonNode? effective)
    {
        try
        {
            return await ReadAsync(map, visit, effective);
        }
        catch (StatesErrorException e) when (e.IsCatchable)
        {
            visit.Emit(HistoryEventTypes.MapRunFailed, new HistoryEventDetails { Error = e.Error, Cause = e.Cause });
            throw;
        }
    }

    /// <summary>The input of each child run: the item (or its ItemSelector result), grouped by ItemBatcher.</summary>
    public static IReadOnlyList<JsonNode?> ChildInputs(MapState map, StateVisit visit, JsonNode? effective, JsonArray items)
    {
        var selected = new List<JsonNode?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (!map.HasItemSelector)
            {
                selected.Add(items[i]);
                continue;
            }

            var item = new JsonObject { ["Index"] = i, ["Value"] = items[i]?.DeepClone() };
            selected.Add(map.Flow.TaskInput(visit, effective, item));
        }

        return map.ItemBatcher is { } batcher ? Batch(batcher, visit, effective, selected) : selected;
    }

    private static List<JsonNode?> Batch(MapItemBatcher batcher, StateVisit visit, JsonNode? effective, List<JsonNode?> selected)
    {
        var maxItems = MapNumbers.Resolve(visit, effective, batcher.MaxItemsPerBatch, integer: true) is { } m ? (int)m : int.MaxValue;
        var maxBytes = MapNumbers.Resolve(visit, effective, batcher.MaxInputBytesPerBatch, integer: true) is { } b ? (int)b : TaskDispatcher.PayloadLimit;
        var batchInput = batcher.BatchInput?.Evaluate(visit.PathScope(effective))
                         ?? batcher.BatchInputExpression?.Evaluate(visit, visit.JsonataBindings());
        var batches = new List<JsonNode?>();
        JsonArray? current = null;
        var bytes = 0;
        foreach (var item in selected)
        {
            var size = JsonNodes.Utf8Size(item);
            if (current is null || current.Count >= maxItems || (current.Count > 0 && bytes + size > maxBytes))
            {
                current = new JsonArray();
                var batch = new JsonObject();
                if (batchInput is not null)
                {
                    batch["BatchInput"] = batchInput.DeepClone();
                }

                batch["Items"] = current;
                batches.Add(batch);
                bytes = 0;
            }

            current.Add(JsonNodes.Detach(item));
            bytes += size;
        }

        return batches;
    }

    private const double ItemReaderCeiling = 100_000_000;

    private static async ValueTask<JsonArray> ReadFromReaderAsync(MapState map, MapItemReader reader, StateVisit visit, JsonNode? effective)
    {
        var source = visit.Run.Options.ItemReader
                     ?? throw new StatesErrorException(StatesErrorNames.ItemReaderFailed, "The Map state '" + map.Name + "' has an ItemReader but no IItemReader is registered in LocalEngineOptions.ItemReader.");
        var parameters = reader.Parameters?.Evaluate(visit.PathScope(effective)) ?? reader.Arguments?.Evaluate(visit, visit.JsonataBindings());
        // 0 means "no limit" (recorded: MaxItems 0 and MaxItemsPath 0 read every item); only negatives fail.
        var maxItems = MapNumbers.Resolve(visit, effective, reader.MaxItems, integer: true);
        if (maxItems is < 0)
        {
            throw new StatesErrorException(StatesErrorNames.ItemReaderFailed, "field MaxItems must be positive");
        }

        JsonArray items;
        try
        {
            items = await source.ReadItemsAsync(new ItemReaderRequest(map.Name, reader.Resource, parameters, reader.ReaderConfig), visit.Scope.Cancellation);
        }
        catch (TaskFailedException e)
        {
            throw new StatesErrorException(e.Error, e.Cause);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StatesErrorException)
        {
            throw new StatesErrorException(StatesErrorNames.ItemReaderFailed, e.Message);
        }

        // AWS stops reading at 100,000,000 items whatever MaxItems says (recorded: MaxItemsPath 100000001 succeeds).
        var limit = maxItems is > 0 and < ItemReaderCeiling ? maxItems.Value : ItemReaderCeiling;
        if (items.Count > limit)
        {
            var trimmed = new JsonArray();
            for (var i = 0; i < limit; i++)
            {
                trimmed.Add(items[i]?.DeepClone());
            }

            return trimmed;
        }

        return items;
    }

    public static async ValueTask<JsonNode?> WriteResultsAsync(MapState map, StateVisit visit, JsonNode? effective, string mapRunArn, JsonArray results)
    {
        var writer = map.ResultWriter!;
        var sink = visit.Run.Options.ResultWriter
                   ?? throw new StatesErrorException(StatesErrorNames.ResultWriterFailed, "The Map state '" + map.Name + "' has a ResultWriter but no IResultWriter is registered in LocalEngineOptions.ResultWriter.");
        var parameters = writer.Parameters?.Evaluate(visit.PathScope(effective)) ?? writer.Arguments?.Evaluate(visit, visit.JsonataBindings());
        JsonNode? details;
        try
        {
            details = await sink.WriteResultsAsync(new ResultWriterRequest(map.Name, writer.Resource, parameters, mapRunArn, results), visit.Scope.Cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StatesErrorException)
        {
            throw new StatesErrorException(StatesErrorNames.ResultWriterFailed, e.Message);
        }

        return new JsonObject { ["MapRunArn"] = mapRunArn, ["ResultWriterDetails"] = JsonNodes.Detach(details) };
    }
}
