using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata;

/// <summary>
/// A host-defined function callable from expressions as <c>$Name(...)</c>. Arguments arrive as JSON
/// (<c>null</c> entries are undefined arguments); return <see cref="JsonataResult.Undefined"/> for no value.
/// </summary>
public sealed class JsonataFunction
{
    /// <summary>Defines a function.</summary>
    /// <param name="name">Name without the leading <c>$</c>.</param>
    /// <param name="signature">Optional JSONata signature such as <c>&lt;s-n?:s&gt;</c>, validated before each call.</param>
    /// <param name="implementation">Receives the arguments (converted to fresh JSON nodes) and returns the result.</param>
    public JsonataFunction(string name, string? signature, Func<IReadOnlyList<JsonataResult>, JsonataResult> implementation)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(implementation);
        Name = name;
        Signature = signature;
        Native = new NativeFunction(name, signature, (_, args, _) =>
        {
            var converted = new JsonataResult[args.Length];
            for (int i = 0; i < args.Length; i++) converted[i] = JsonataResult.FromInternal(args[i]);
            return implementation(converted).ToInternal();
        });
    }

    /// <summary>Name without the leading <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>The declared signature, if any.</summary>
    public string? Signature { get; }

    internal NativeFunction Native { get; }
}
