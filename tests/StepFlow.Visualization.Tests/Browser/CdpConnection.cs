using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Visualization.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket to a page target: commands with ids matched to
/// their responses, and waiting for a named event.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<(string Method, TaskCompletionSource<JsonObject> Waiter)> _eventWaiters = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiveLoop;
    private int _nextId;

    /// <summary>Every event received so far, as (method, params), for checks after the fact.</summary>
    public ConcurrentQueue<(string Method, JsonObject Parameters)> Events { get; } = new();

    public static async Task<CdpConnection> ConnectAsync(Uri pageSocket)
    {
        var connection = new CdpConnection();
        await connection._socket.ConnectAsync(pageSocket, CancellationToken.None);
        connection._receiveLoop = Task.Run(connection.ReceiveAsync);
        return connection;
    }

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        JsonObject reply = await response.Task.WaitAsync(CommandTimeout);
        if (reply["error"] is JsonObject error)
        {
            throw new InvalidOperationException($"DevTools command {method} failed: {error.ToJsonString()}");
        }

        return reply["result"] as JsonObject ?? [];
    }

    /// <summary>Registers interest in an event before the command that causes it, then awaits it.</summary>
    public Task<JsonObject> WaitForEventAsync(string method)
    {
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_eventWaiters)
        {
            _eventWaiters.Add((method, waiter));
        }

        return waiter.Task.WaitAsync(CommandTimeout);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Dispatch(JsonNode.Parse(message.ToArray()) as JsonObject);
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing; pending commands fail below.
        }

        foreach (TaskCompletionSource<JsonObject> pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException("the DevTools connection closed"));
        }
    }

    private void Dispatch(JsonObject? message)
    {
        if (message is null)
        {
            return;
        }

        if (message["id"] is JsonValue idValue && _pending.TryRemove(idValue.GetValue<int>(), out TaskCompletionSource<JsonObject>? response))
        {
            response.TrySetResult(message);
            return;
        }

        string? method = message["method"]?.GetValue<string>();
        if (method is not null)
        {
            Events.Enqueue((method, message["params"] as JsonObject ?? []));
        }

        lock (_eventWaiters)
        {
            for (int i = _eventWaiters.Count - 1; i >= 0; i--)
            {
                if (_eventWaiters[i].Method == method)
                {
                    _eventWaiters[i].Waiter.TrySetResult(message["params"] as JsonObject ?? []);
                    _eventWaiters.RemoveAt(i);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_receiveLoop is not null)
        {
            await _receiveLoop.ConfigureAwait(false);
        }

        _socket.Dispose();
        _stop.Dispose();
    }
}
