#pragma once
// Facts of a training and its sessions as Dutch text, the same on pages and in feeds.
#include <string>

#include "model/network.h"

namespace nk {

std::string costs_text(const Maybe<EuroAmount>& costs);  // "gratis", "€ 49,50", or empty
// "Hotel Voorbeeld, Valkenburg", "Online", "Hotel Voorbeeld, Valkenburg, en online".
std::string session_place_text(const Session& session);
bool session_online(const Session& session);
// "" for a planned session, "Vol" or "Geannuleerd".
std::string session_status_text(const Session& session);
// "dinsdag 19 januari 2027, 09:00 tot 16:30"; a session over several days gives both dates.
std::string session_time_text(const Session& session);
// The registration as a link target: an e-mail address becomes mailto:.
std::string registration_url(const Training& training);

}  // namespace nk
