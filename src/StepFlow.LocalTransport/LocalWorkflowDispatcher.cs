using System;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Client;
using StepFlow.Local.Tasks;

namespace StepFlow.LocalTransport;

/// <summary>
/// Routes the engine's Task invocations to generated C# method invokers. The engine keys handlers by state name
/// alone, so one handler per state name picks the workflow from the execution ARN
/// (<c>arn:…:execution:&lt;machine&gt;:&lt;name&gt;</c>): two workflows may both have an "Ingest" state.
/// </summary>
internal sealed class LocalWorkflowDispatcher
{
    private readonly ConcurrentDictionary<(string Machine, string State), TaskMethodInvoker> _invokers = new();
    private readonly ConcurrentDictionary<string, bool> _statesHooked = new(StringComparer.Ordinal);

    public void Add(WorkflowDefinition definition, TaskHandlerRegistry handlers)
    {
        foreach (var pair in definition.TaskMethods)
        {
            _invokers[(definition.Name, pair.Key)] = pair.Value;
            if (_statesHooked.TryAdd(pair.Key, true))
            {
                handlers.ForState(pair.Key, Invoke);
            }
        }
    }

    private ValueTask<JsonNode?> Invoke(TaskInvocation invocation)
    {
        var machine = MachineName(invocation.ExecutionArn);
        if (!_invokers.TryGetValue((machine, invocation.StateName), out var invoker))
        {
            throw new InvalidOperationException("State machine '" + machine + "' has no C# method for Task state '" + invocation.StateName + "'");
        }

        return new ValueTask<JsonNode?>(invoker(invocation.Input, invocation.CancellationToken));
    }

    private static string MachineName(string executionArn)
    {
        var parts = executionArn.Split(':');
        return parts.Length >= 8 ? parts[6] : string.Empty;
    }
}
