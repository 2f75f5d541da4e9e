using System;

namespace StepFlow.Client;

/// <summary>A payload that does not fit its declared type: says which payload, of which execution, and the type.</summary>
public sealed class PayloadFormatException : Exception
{
    public PayloadFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
