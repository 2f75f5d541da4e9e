using System.Collections.Generic;
using System.Text.Json;

namespace StepFlow.Local.Json;

/// <summary>Finds an object that names a member twice, which a JsonObject cannot hold.</summary>
internal static class DuplicateMembers
{
    // Up to this many members, comparing each name with the ones before it beats building a set.
    private const int PairwiseLimit = 8;

    /// <exception cref="JsonException">Some object in <paramref name="element"/> repeats a member name.</exception>
    public static void Check(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(element);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Check(item);
                }

                break;
        }
    }

    private static void CheckObject(JsonElement element)
    {
        HashSet<string>? names = null;
        var seen = 0;
        foreach (var member in element.EnumerateObject())
        {
            if (seen > 0)
            {
                var name = member.Name;
                if (names is null && seen < PairwiseLimit)
                {
                    var earlier = 0;
                    foreach (var previous in element.EnumerateObject())
                    {
                        if (earlier++ == seen)
                        {
                            break;
                        }

                        if (previous.NameEquals(name))
                        {
                            throw Duplicate(name);
                        }
                    }
                }
                else
                {
                    names ??= Collect(element, seen);
                    if (!names.Add(name))
                    {
                        throw Duplicate(name);
                    }
                }
            }

            seen++;
            Check(member.Value);
        }
    }

    private static HashSet<string> Collect(JsonElement element, int count)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (names.Count == count)
            {
                break;
            }

            names.Add(member.Name);
        }

        return names;
    }

    private static JsonException Duplicate(string name) =>
        new("The object has more than one member named '" + name + "'.");
}
