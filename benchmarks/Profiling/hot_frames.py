#!/usr/bin/env python3
"""Where the time goes in a dotnet-trace profile (converted to speedscope JSON).

Usage: hot_frames.py PROFILE.speedscope.json [--root SUBSTRING] [--top N] [--self]
Counts, over all threads, the samples whose stack contains a frame matching --root (default: CloudAdapter.ProcessAsync)
and that are running managed code (leaf is not UNMANAGED_CODE_TIME, i.e. not blocked or waiting), then prints each
frame's inclusive share of those samples (or its self share with --self). See docs/performance.md.
"""
import argparse
import json
from collections import Counter


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--root", default="CloudAdapter.ProcessAsync")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--self", action="store_true", help="self time instead of inclusive time")
    parser.add_argument("--include-waits", action="store_true")
    parser.add_argument("--callers", metavar="SUBSTRING", help="instead: who calls the first frame matching SUBSTRING")
    args = parser.parse_args()

    with open(args.profile, encoding="utf-8") as f:
        data = json.load(f)
    names = [frame["name"] for frame in data["shared"]["frames"]]

    counts = Counter()
    total = 0
    for profile in data["profiles"]:
        stacks = []
        if profile["type"] == "sampled":
            stacks = list(zip(profile["samples"], profile["weights"]))
        else:  # evented: rebuild stacks between open/close events, weighted by duration
            open_frames = []
            last = None
            for event in profile["events"]:
                if last is not None and open_frames:
                    stacks.append((list(open_frames), event["at"] - last))
                last = event["at"]
                if event["type"] == "O":
                    open_frames.append(event["frame"])
                elif open_frames and open_frames[-1] == event["frame"]:
                    open_frames.pop()
                elif event["frame"] in open_frames:
                    open_frames.remove(event["frame"])
        for stack, weight in stacks:
            frames = [names[i] for i in stack]
            if not frames or not any(args.root in n for n in frames):
                continue
            if not args.include_waits and frames[-1] == "UNMANAGED_CODE_TIME":
                continue
            total += weight
            if args.callers:
                for depth, name in enumerate(frames):
                    if args.callers in name:
                        counts[frames[depth - 1] if depth > 0 else "(root)"] += weight
                        break
            elif args.self:
                counts[frames[-1] if frames[-1] != "CPU_TIME" or len(frames) < 2 else frames[-2]] += weight
            else:
                for name in set(frames):
                    counts[name] += weight
    if total == 0:
        print(f"No samples under '{args.root}'.")
        return
    print(f"{total:.0f} units under '{args.root}' ({'self' if args.self else 'inclusive'})")
    for name, weight in counts.most_common(args.top):
        print(f"{100 * weight / total:6.1f}%  {name[:150]}")


if __name__ == "__main__":
    main()
