using System;
using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Walks a JSON value depth first, handing out every node and every object member. Paths are built only for what a
/// rule reports (see <see cref="JsonLocation"/>): building one per value made path strings most of the engine's work.
/// </summary>
public static class JsonWalk
{
    /// <summary>
    /// A value met on the way. It sits under <see cref="Parent"/> as member <see cref="Name"/>, or item
    /// <see cref="Index"/> when the parent is an array; the root of the walk has neither and sits at the parent itself.
    /// </summary>
    public readonly record struct Node(AslValue Value, JsonLocation Parent, string? Name, int Index)
    {
        public string Path => Name is null && Index < 0 ? Parent.Path : JsonLocation.Describe(Parent, Name, Index);

        /// <summary>This node's own location, for walking below it.</summary>
        public JsonLocation Location => Name is null && Index < 0 ? Parent : Name is null ? Parent.Item(Index) : Parent.Member(Name);
    }

    /// <summary>A member met on the way: its object, its property and where that object sits.</summary>
    public readonly record struct Member(AslObject Owner, AslProperty Property, JsonLocation OwnerLocation)
    {
        /// <summary>Where the member's value sits.</summary>
        public string Path => JsonLocation.Describe(OwnerLocation, Property.Name, -1);
    }

    /// <summary>Every value under <paramref name="value"/>, itself first.</summary>
    public static IEnumerable<Node> Values(AslValue value, string path) => Values(value, new JsonLocation(path));

    /// <summary>Every value under <paramref name="value"/>, itself first, located under <paramref name="location"/>.</summary>
    public static IEnumerable<Node> Values(AslValue value, JsonLocation location)
    {
        // Sized for a state's usual depth and fan-out, so the walk does not regrow its stack on every call.
        var stack = new Stack<Node>(32);
        stack.Push(new Node(value, location, null, -1));
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            if (current.Value is AslObject obj && obj.Properties.Count > 0)
            {
                var here = current.Location;
                for (var i = obj.Properties.Count - 1; i >= 0; i--)
                {
                    stack.Push(new Node(obj.Properties[i].Value, here, obj.Properties[i].Name, -1));
                }
            }
            else if (current.Value is AslArray array && array.Items.Count > 0)
            {
                var here = current.Location;
                for (var i = array.Items.Count - 1; i >= 0; i--)
                {
                    stack.Push(new Node(array.Items[i], here, null, i));
                }
            }
        }
    }

    /// <summary>Every object member under <paramref name="value"/>, at any depth (inside arrays too).</summary>
    public static IEnumerable<Member> Members(AslValue value, string path) => Members(value, new JsonLocation(path));

    /// <summary>Every object member under <paramref name="value"/>, located under <paramref name="location"/>.</summary>
    public static IEnumerable<Member> Members(AslValue value, JsonLocation location)
    {
        foreach (var node in Values(value, location))
        {
            if (node.Value is AslObject obj && obj.Properties.Count > 0)
            {
                var here = node.Location;
                foreach (var property in obj.Properties)
                {
                    yield return new Member(obj, property, here);
                }
            }
        }
    }

    /// <summary>
    /// Adds every object member under <paramref name="value"/> to <paramref name="into"/>, in the order of
    /// <see cref="Members(AslValue, JsonLocation)"/>, without an iterator or a stack: for results kept and reused.
    /// </summary>
    public static void CollectMembers(AslValue value, JsonLocation location, List<Member> into)
    {
        if (value is AslObject obj)
        {
            foreach (var property in obj.Properties)
            {
                into.Add(new Member(obj, property, location));
            }

            foreach (var property in obj.Properties)
            {
                if (property.Value is AslObject or AslArray)
                {
                    CollectMembers(property.Value, location.Member(property.Name), into);
                }
            }
        }
        else if (value is AslArray array)
        {
            for (var i = 0; i < array.Items.Count; i++)
            {
                if (array.Items[i] is AslObject or AslArray)
                {
                    CollectMembers(array.Items[i], location.Item(i), into);
                }
            }
        }
    }

    /// <summary>Every string under <paramref name="value"/> (itself included), with its JSONPath.</summary>
    public static IEnumerable<(AslString Value, string Path)> Strings(AslValue value, string path)
    {
        foreach (var node in Values(value, path))
        {
            if (node.Value is AslString text)
            {
                yield return (text, node.Path);
            }
        }
    }

    public static bool IsDollarKey(string name) => name.EndsWith(".$", StringComparison.Ordinal);
}
