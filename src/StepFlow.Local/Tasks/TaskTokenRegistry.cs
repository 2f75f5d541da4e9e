using System;
using System.Collections.Concurrent;

namespace StepFlow.Local.Tasks;

/// <summary>Open task tokens of all executions of an engine.</summary>
internal sealed class TaskTokenRegistry
{
    private readonly ConcurrentDictionary<string, PendingCallback> _pending = new(StringComparer.Ordinal);

    public PendingCallback Register(string token)
    {
        var callback = new PendingCallback();
        _pending[token] = callback;
        return callback;
    }

    public bool TryGet(string token, out PendingCallback callback) => _pending.TryGetValue(token, out callback!);

    public void Remove(string token) => _pending.TryRemove(token, out _);
}
