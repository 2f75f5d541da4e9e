using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Json;
using StepFlow.Local.States;
using StepFlow.Local.Tasks;

namespace StepFlow.Local.Definition;

/// <summary>Compiles one state object by its Type.</summary>
internal sealed class StateParser(DefinitionParser definition)
{
    public State Parse(string name, JsonFields fields)
    {
        if (name.Length is 0 or > 80)
        {
            throw JsonFields.Error("State names must be 1 to 80 characters long", fields.Location);
        }

        var type = fields.RequiredString("Type");
        var jsonata = definition.IsJsonata(definition.LanguageOf(fields));
        var next = fields.String("Next");
        var end = fields.Boolean("End") ?? false;
        var terminal = type is "Choice" or "Succeed" or "Fail";
        if (!terminal && (next is null) == !end)
        {
            throw JsonFields.Error("Exactly one of 'Next' or 'End: true' is required", fields.Location);
        }

        return type switch
        {
            "Pass" => new PassState
            {
                Name = name, Next = next, End = end, IsJsonata = jsonata,
                Flow = DataFlowParser.Parse(fields, jsonata, "Parameters", producesResult: false),
                HasResult = !jsonata && fields.Has("Result"),
                Result = fields.Raw("Result")?.DeepClone(),
            },
            "Task" => ParseTask(name, fields, jsonata, next, end),
            "Choice" => new ChoiceState
            {
                Name = name, IsJsonata = jsonata,
                Flow = DataFlowParser.Parse(fields, jsonata, null, producesResult: false),
                Choices = ChoiceRuleParser.Parse(fields, jsonata),
                Default = fields.String("Default"),
            },
            "Wait" => ParseWait(name, fields, jsonata, next, end),
            "Succeed" => new SucceedState { Name = name, IsJsonata = jsonata, Flow = DataFlowParser.Parse(fields, jsonata, null, producesResult: false) },
            "Fail" => ParseFail(name, fields, jsonata),
            "Parallel" => ParseParallel(name, fields, jsonata, next, end),
            "Map" => new MapParser(definition).Parse(name, fields, jsonata, next, end),
            _ => throw JsonFields.Error("Unknown state type '" + type + "'", fields.At("Type")),
        };
    }

    private static TaskState ParseTask(string name, JsonFields fields, bool jsonata, string? next, bool end)
    {
        var resource = fields.RequiredString("Resource");
        return new TaskState
        {
            Name = name, Next = next, End = end, IsJsonata = jsonata,
            Flow = DataFlowParser.Parse(fields, jsonata, "Parameters", producesResult: true),
            Resource = TaskResource.Parse(resource),
            TimeoutSeconds = jsonata && IsExpression(fields, "TimeoutSeconds") ? null : fields.Integer("TimeoutSeconds"),
            TimeoutSecondsPath = fields.Path("TimeoutSecondsPath", reference: true),
            TimeoutExpression = jsonata && IsExpression(fields, "TimeoutSeconds") ? new JsonataTemplate(fields.Raw("TimeoutSeconds"), "TimeoutSeconds") : null,
            HeartbeatSeconds = jsonata && IsExpression(fields, "HeartbeatSeconds") ? null : fields.Integer("HeartbeatSeconds"),
            HeartbeatSecondsPath = fields.Path("HeartbeatSecondsPath", reference: true),
            HeartbeatExpression = jsonata && IsExpression(fields, "HeartbeatSeconds") ? new JsonataTemplate(fields.Raw("HeartbeatSeconds"), "HeartbeatSeconds") : null,
            Retriers = ErrorHandlingParser.Retriers(fields),
            Catchers = ErrorHandlingParser.Catchers(fields, jsonata),
        };
    }

    private static WaitState ParseWait(string name, JsonFields fields, bool jsonata, string? next, bool end)
    {
        var count = (fields.Has("Seconds") ? 1 : 0) + (fields.Has("Timestamp") ? 1 : 0) + (fields.Has("SecondsPath") ? 1 : 0) + (fields.Has("TimestampPath") ? 1 : 0);
        if (count != 1)
        {
            throw JsonFields.Error("A Wait state needs exactly one of Seconds, Timestamp, SecondsPath or TimestampPath", fields.Location);
        }

        System.DateTimeOffset? timestamp = null;
        var timestampExpression = jsonata && IsExpression(fields, "Timestamp");
        if (fields.String("Timestamp") is { } text && !timestampExpression)
        {
            timestamp = Rfc3339.TryParse(text, out var when) ? when : throw JsonFields.Error("String does not match RFC3339 timestamp", fields.At("Timestamp"));
        }

        var secondsExpression = jsonata && IsExpression(fields, "Seconds");
        return new WaitState
        {
            Name = name, Next = next, End = end, IsJsonata = jsonata,
            Flow = DataFlowParser.Parse(fields, jsonata, null, producesResult: false),
            Seconds = secondsExpression ? null : fields.Integer("Seconds"),
            Timestamp = timestamp,
            SecondsPath = fields.Path("SecondsPath", reference: true),
            TimestampPath = fields.Path("TimestampPath", reference: true),
            SecondsExpression = secondsExpression ? new JsonataTemplate(fields.Raw("Seconds"), "Seconds") : null,
            TimestampExpression = timestampExpression ? new JsonataTemplate(fields.Raw("Timestamp"), "Timestamp") : null,
        };
    }

    private static FailState ParseFail(string name, JsonFields fields, bool jsonata)
    {
        var errorExpression = jsonata && IsExpression(fields, "Error");
        var causeExpression = jsonata && IsExpression(fields, "Cause");
        return new FailState
        {
            Name = name, IsJsonata = jsonata,
            Flow = DataFlowParser.Parse(fields, jsonata, null, producesResult: false),
            Error = errorExpression ? null : fields.String("Error"),
            Cause = causeExpression ? null : fields.String("Cause"),
            ErrorPath = fields.String("ErrorPath") is { } errorPath ? ValueExpression.Compile(errorPath, "ErrorPath", fields.At("ErrorPath")) : null,
            CausePath = fields.String("CausePath") is { } causePath ? ValueExpression.Compile(causePath, "CausePath", fields.At("CausePath")) : null,
            ErrorExpression = errorExpression ? new JsonataTemplate(fields.Raw("Error"), "Error") : null,
            CauseExpression = causeExpression ? new JsonataTemplate(fields.Raw("Cause"), "Cause") : null,
        };
    }

    private ParallelState ParseParallel(string name, JsonFields fields, bool jsonata, string? next, bool end)
    {
        var branches = new List<StateBlock>();
        var items = fields.Array("Branches");
        if (items.Count == 0)
        {
            throw JsonFields.Error("These fields are required: [Branches]", fields.Location);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var location = fields.At("Branches") + "/" + i;
            branches.Add(definition.ParseBlock(items[i] is JsonObject obj ? new JsonFields(obj, location) : throw JsonFields.Error("Expected an OBJECT", location)));
        }

        return new ParallelState
        {
            Name = name, Next = next, End = end, IsJsonata = jsonata,
            Flow = DataFlowParser.Parse(fields, jsonata, "Parameters", producesResult: true),
            Branches = branches,
            Retriers = ErrorHandlingParser.Retriers(fields),
            Catchers = ErrorHandlingParser.Catchers(fields, jsonata),
        };
    }

    internal static bool IsExpression(JsonFields fields, string name) =>
        JsonNodes.IsString(fields.Raw(name), out var text) && JsonataTemplate.IsExpression(text, out _);
}
