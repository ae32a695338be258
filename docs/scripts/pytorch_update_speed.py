"""Times the updates of spinup4j's bench configurations in PyTorch itself, driven from Python.

Usage: python3 pytorch_update_speed.py OUT.json

Each update repeats the operations of spinup4j's (and Spinning Up's) update for the `bench`
configurations on random data: VPG and PPO epochs on CartPole-sized (64,64) tanh networks and 4000
samples, one DDPG, TD3 or SAC update on Pendulum-sized (256,256) ReLU networks and a batch of 100.
It runs them on one CPU thread and, where PyTorch sees a CUDA device, on the GPU. Two uses
(docs/benchmarks.md): what a GPU saves on these sizes, and what PyTorch 1.13 (Spinning Up's
version) needs for the same arithmetic on the machine that runs `./run.sh bench`.
Acting is not timed: spinup4j acts in plain Java.
"""
import copy, json, sys, time
import torch
import torch.nn as nn

torch.manual_seed(0)
torch.distributions.Distribution.set_default_validate_args(False)  # validation syncs with the GPU


def mlp(sizes, act, out_act=nn.Identity):
    layers = []
    for i in range(len(sizes) - 1):
        layers += [nn.Linear(sizes[i], sizes[i + 1]), act() if i < len(sizes) - 2 else out_act()]
    return nn.Sequential(*layers)


def ppo_epoch(dev):
    pi, v = mlp([4, 64, 64, 2], nn.Tanh).to(dev), mlp([4, 64, 64, 1], nn.Tanh).to(dev)
    opi, ov = torch.optim.Adam(pi.parameters(), 3e-4), torch.optim.Adam(v.parameters(), 1e-3)
    obs_h, act_h = torch.randn(4000, 4), torch.randint(0, 2, (4000,))
    adv_h, ret_h, logp_h = torch.randn(4000), torch.randn(4000), torch.full((4000,), -0.69)

    def epoch(pi_iters):
        obs, act, adv, ret, logp_old = (t.to(dev) for t in (obs_h, act_h, adv_h, ret_h, logp_h))
        for _ in range(pi_iters):
            opi.zero_grad()
            logp = torch.distributions.Categorical(logits=pi(obs)).log_prob(act)
            ratio = torch.exp(logp - logp_old)
            loss = -(torch.min(ratio * adv, torch.clamp(ratio, 0.8, 1.2) * adv)).mean()
            kl = (logp_old - logp).mean().item()  # the early-stopping test reads it each step
            loss.backward()
            opi.step()
        for _ in range(80):
            ov.zero_grad()
            loss = ((v(obs).squeeze(-1) - ret) ** 2).mean()
            loss.backward()
            ov.step()
        return loss.item()
    return epoch


def off_policy_update(dev, algo):
    q1, q2 = (mlp([4, 256, 256, 1], nn.ReLU).to(dev) for _ in range(2))
    if algo == "sac":
        actor = mlp([3, 256, 256, 2], nn.ReLU).to(dev)
    else:
        actor = mlp([3, 256, 256, 1], nn.ReLU, nn.Tanh).to(dev)
    qs = [q1, q2] if algo != "ddpg" else [q1]
    targ_qs = [copy.deepcopy(q) for q in qs]
    targ_actor = copy.deepcopy(actor)
    pairs = list(zip(targ_qs, qs)) + ([] if algo == "sac" else [(targ_actor, actor)])
    oq = torch.optim.Adam([p for q in qs for p in q.parameters()], 1e-3)
    opi = torch.optim.Adam(actor.parameters(), 1e-3)
    buf = torch.randn(100000, 3 + 1 + 1 + 3 + 1)
    count = [0]

    def actions(o, stochastic):
        if algo == "sac":
            mu, log_std = actor(o).chunk(2, -1)
            std = torch.clamp(log_std, -20, 2).exp()
            u = mu + std * torch.randn_like(mu)
            logp = (-0.5 * ((u - mu) / std) ** 2 - torch.log(std) - 0.919).sum(-1)
            logp -= (2 * (0.693 - u - nn.functional.softplus(-2 * u))).sum(-1)
            return 2 * torch.tanh(u), logp
        return 2 * actor(o), None

    def update():
        count[0] += 1
        b = buf[torch.randint(0, 100000, (100,))].to(dev)  # sampled on the host, uploaded
        o, a, r, o2, d = b[:, :3], b[:, 3:4], b[:, 4], b[:, 5:8], b[:, 8]
        with torch.no_grad():
            if algo == "sac":
                a2, logp2 = actions(o2, True)
                q_t = torch.min(*(t(torch.cat([o2, a2], -1)).squeeze(-1) for t in targ_qs)) - 0.2 * logp2
            else:
                a2 = 2 * targ_actor(o2)
                if algo == "td3":
                    a2 = torch.clamp(a2 + torch.clamp(0.2 * torch.randn_like(a2), -0.5, 0.5), -2, 2)
                    q_t = torch.min(*(t(torch.cat([o2, a2], -1)).squeeze(-1) for t in targ_qs))
                else:
                    q_t = targ_qs[0](torch.cat([o2, a2], -1)).squeeze(-1)
            y = r + 0.99 * (1 - d) * q_t
        oq.zero_grad()
        loss_q = sum(((q(torch.cat([o, a], -1)).squeeze(-1) - y) ** 2).mean() for q in qs)
        loss_q.backward()
        oq.step()
        logs = [loss_q.item()]
        if algo != "td3" or count[0] % 2 == 0:
            for q in qs:
                q.requires_grad_(False)
            opi.zero_grad()
            pa, logp = actions(o, True)
            qpi = torch.min(*(q(torch.cat([o, pa], -1)).squeeze(-1) for q in qs)) if len(qs) > 1 \
                else qs[0](torch.cat([o, pa], -1)).squeeze(-1)
            loss_pi = (0.2 * logp - qpi).mean() if algo == "sac" else -qpi.mean()
            loss_pi.backward()
            opi.step()
            for q in qs:
                q.requires_grad_(True)
            logs.append(loss_pi.item())
            with torch.no_grad():
                for t, n in pairs:
                    for pt, pn in zip(t.parameters(), n.parameters()):
                        pt.mul_(0.995).add_(pn, alpha=0.005)
        return logs
    return update


def timed(fn, reps, warm, dev):
    for _ in range(warm):
        fn()
    if dev == "cuda":
        torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(reps):
        fn()
    if dev == "cuda":
        torch.cuda.synchronize()
    return (time.perf_counter() - t) / reps


torch.set_num_threads(1)
out = {"torch": torch.__version__, "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None}
devs = ["cpu", "cuda"] if torch.cuda.is_available() else ["cpu"]
for dev in devs:
    for iters in (80, 20):
        e = ppo_epoch(dev)
        out[f"ppo_update_{iters}pi_{dev}_s"] = timed(lambda: e(iters), 3, 1, dev)
    e1 = ppo_epoch(dev)
    out[f"vpg_update_{dev}_s"] = timed(lambda: e1(1), 3, 1, dev)
    for algo in ("ddpg", "td3", "sac"):
        u = off_policy_update(dev, algo)
        out[f"{algo}_update_{dev}_ms"] = 1000 * timed(u, 300 if dev == "cpu" else 1000, 50, dev)
    print(json.dumps(out, indent=1), flush=True)
json.dump(out, open(sys.argv[1], "w"), indent=1)
