#pragma once
// Recipes that drive fresh loopback sockets into one TCP state and hold it there, with real
// sockets and no root, on Linux. They drive the sockets through the lab engine, so every step is
// logged and every state followed like any other lab operation. One registry holds each
// recipe's state, its one-line description and its steps:
//   LISTEN        a listener
//   SYN_SENT      backlog 0 and never accept: the accept queue is full, the next SYN is dropped
//   SYN_RECEIVED  TCP_DEFER_ACCEPT: the handshake's bare ACK is ignored, the request stays
//   ESTABLISHED   connect + accept
//   FIN_WAIT_1    the peer stops reading: our FIN waits behind unsent data (zero window)
//   FIN_WAIT_2    we shut down writing, the peer does not close
//   CLOSE_WAIT    the other side of FIN_WAIT_2
//   CLOSING       both shut down while our FIN still waits behind a zero window
//   LAST_ACK      the passive closer's FIN waits behind data its half-closed peer won't read
//   TIME_WAIT     we shut down, the peer closes: 60 s on Linux
// CLOSED is the socket's absence. Plain C++ (POSIX).

#include "lab/labengine.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tsl {

struct RecipeEndpoint {
    std::string role;  // "listener", "client", "server", "queued client", ...
    FourTuple tuple;   // how the kernel's table knows it
    TcpState expected; // its state once the recipe holds
    int endpoint = -1; // the lab's endpoint
};

class HeldState {
public:
    HeldState(LabEngine& lab, TcpState heldState, AddressFamily addressFamily)
        : target(heldState), family(addressFamily), m_lab(&lab)
    {
    }

    TcpState target = TcpState::Closed;
    AddressFamily family = AddressFamily::IPv4;
    std::vector<RecipeEndpoint> endpoints;
    std::size_t targetIndex = 0; // the endpoint that is in `target`

    const RecipeEndpoint& targetEndpoint() const { return endpoints[targetIndex]; }
    // Aborts every socket the recipe made (RST where data is pending), through the lab: nothing
    // of the recipe lingers except what the kernel keeps by itself (TIME_WAIT).
    void release();

    LabEngine& lab() const { return *m_lab; }
    // Counts an endpoint the recipe made, so that release() aborts it.
    void addMade(int endpoint) { m_made.push_back(endpoint); }
    // Keeps a lab made for this recipe alive as long as the state is held.
    void keepLab(std::unique_ptr<LabEngine> lab) { m_ownLab = std::move(lab); }

private:
    LabEngine* m_lab = nullptr;
    std::unique_ptr<LabEngine> m_ownLab; // when the recipe was reached without a lab of the caller's
    std::vector<int> m_made;             // every lab endpoint the recipe made
};

class RecipeBuilder; // the steps' toolbox (staterecipes.cpp)

struct StateRecipe {
    TcpState state;
    std::string_view description; // one line, English; LabText::recipeDescription translates it
    bool (*build)(RecipeBuilder& builder);
};

// Every recipe, in the order of the states.
std::span<const StateRecipe> stateRecipes();
const StateRecipe* findStateRecipe(TcpState state);

// The states a recipe can reach on this platform (all but CLOSED on Linux).
std::vector<TcpState> reachableStates();

// Builds the recipe on `lab` and waits (polling the lab) until every endpoint is in its expected
// state. nullopt with `error` when the state cannot be produced or held here.
// `serverPort` fixes the port of the recipe's (first) listener; 0 takes any free port.
std::optional<HeldState> reachState(TcpState target, AddressFamily family, LabEngine& lab, std::string& error,
                                    int timeoutMs = 5000, std::uint16_t serverPort = 0);
// The same on a lab of its own, reading the kernel through `probe` (which must outlive it).
std::optional<HeldState> reachState(TcpState target, AddressFamily family, KernelProbe& probe, std::string& error,
                                    int timeoutMs = 5000, std::uint16_t serverPort = 0);

// Polls until the socket with `tuple` is in `state` (or, for CLOSED, gone). False on timeout, and
// at once when the kernel's table cannot be read (then `probeError`, if given, says why).
bool waitForState(KernelProbe& probe, const FourTuple& tuple, TcpState state, int timeoutMs,
                  std::string* probeError = nullptr);

} // namespace tsl
