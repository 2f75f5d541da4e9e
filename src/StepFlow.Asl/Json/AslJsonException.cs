using System;

namespace StepFlow.Asl.Json;

/// <summary>JSON text that cannot be read: what is wrong and at which character offset.</summary>
public sealed class AslJsonException : Exception
{
    public AslJsonException(string reason, int offset)
        : base(reason + " (at offset " + offset + ")")
    {
        Reason = reason;
        Offset = offset;
    }

    public string Reason { get; }

    public int Offset { get; }
}
