using System;
using System.Text.Json;

namespace StepFlow.Client;

/// <summary>Serializes a payload, reporting a failure with what the payload was for instead of a bare JsonException.</summary>
internal static class Payloads
{
    public static string Serialize<T>(PayloadSerializer<T> serializer, T value, string what)
    {
        try
        {
            return serializer.Serialize(value);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new PayloadFormatException(what + " could not be serialized as " + typeof(T).FullName + ": " + e.Message, e);
        }
    }
}
