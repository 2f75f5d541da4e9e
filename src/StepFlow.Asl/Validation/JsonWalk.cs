using System;
using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>Walks a JSON value depth first, handing out every node and every object member with its JSONPath.</summary>
public static class JsonWalk
{
    /// <summary>A member met on the way: its object, its property and where its value sits.</summary>
    public readonly record struct Member(AslObject Owner, AslProperty Property, string Path);

    /// <summary>Every value under <paramref name="value"/>, itself first, with its JSONPath.</summary>
    public static IEnumerable<(AslValue Value, string Path)> Values(AslValue value, string path)
    {
        var stack = new Stack<(AslValue Value, string Path)>();
        stack.Push((value, path));
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            if (current.Value is AslObject obj)
            {
                for (var i = obj.Properties.Count - 1; i >= 0; i--)
                {
                    stack.Push((obj.Properties[i].Value, Placeholders.Append(current.Path, obj.Properties[i].Name)));
                }
            }
            else if (current.Value is AslArray array)
            {
                for (var i = array.Items.Count - 1; i >= 0; i--)
                {
                    stack.Push((array.Items[i], current.Path + "[" + i + "]"));
                }
            }
        }
    }

    /// <summary>Every object member under <paramref name="value"/>, at any depth (inside arrays too).</summary>
    public static IEnumerable<Member> Members(AslValue value, string path)
    {
        foreach (var (node, where) in Values(value, path))
        {
            if (node is AslObject obj)
            {
                foreach (var property in obj.Properties)
                {
                    yield return new Member(obj, property, Placeholders.Append(where, property.Name));
                }
            }
        }
    }

    /// <summary>Every string under <paramref name="value"/> (itself included), with its JSONPath.</summary>
    public static IEnumerable<(AslString Value, string Path)> Strings(AslValue value, string path)
    {
        foreach (var (node, where) in Values(value, path))
        {
            if (node is AslString text)
            {
                yield return (text, where);
            }
        }
    }

    public static bool IsDollarKey(string name) => name.EndsWith(".$", StringComparison.Ordinal);
}
